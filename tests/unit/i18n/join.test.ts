import { describe, expect, it } from 'vitest'
import { joinMessages } from '@/i18n/join'

describe('joining the first page\'s messages and the rest', () => {
  it('holds every message of both, sharing what only one holds, the later message winning', () => {
    const hello = () => 'hello'
    const first = { app: { title: 'Bagalau', menu: { library: 'Library' } }, library: { empty: 'Nothing yet', card: { open: 'Open' } } }
    const later = { app: { menu: { catalogue: 'Catalogue' }, title: 'Bagalau!' }, editor: { save: hello }, library: { card: { trash: 'Trash' } } }
    const joined = joinMessages(first, later)
    expect(joined).toEqual({
      app: { title: 'Bagalau!', menu: { library: 'Library', catalogue: 'Catalogue' } },
      library: { empty: 'Nothing yet', card: { open: 'Open', trash: 'Trash' } },
      editor: { save: hello },
    })
    expect(joined.editor).toBe(later.editor)
    expect(joined.editor.save).toBe(hello)
    // the trees given are left as they were
    expect(first.app).toEqual({ title: 'Bagalau', menu: { library: 'Library' } })
    expect(later.library).toEqual({ card: { trash: 'Trash' } })
  })
})
