/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vue" />
/// <reference types="vite-plugin-pwa/info" />

/** One interface language's messages, precompiled by build/uiMessages.ts. */
declare module 'virtual:ui-messages/*' {
  const messages: Record<string, unknown>
  export default messages
}
