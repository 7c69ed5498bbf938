/**
 * The keys under which a long list draws its cards, so that the card components already mounted are used again: a card
 * still drawn keeps its key, a card newly drawn takes the key of one that left (its component is patched with the new
 * card, not unmounted and a new one mounted), and only beyond those does a new key appear. `kept` (the card with the
 * focus) never gives its key to another card: its elements, and the focus in them, stay its own.
 */
export function cardSlots(): (ids: readonly string[], kept: string | null) => string[] {
  let slotOf = new Map<string, string>()
  let made = 0
  return (ids, kept) => {
    const next = new Map<string, string>()
    for (const id of ids) {
      const slot = slotOf.get(id)
      if (slot !== undefined) next.set(id, slot)
    }
    const taken = new Set(next.values())
    const free = [...slotOf].filter(([id, slot]) => id !== kept && !taken.has(slot)).map(([, slot]) => slot)
    for (const id of ids) if (!next.has(id)) next.set(id, free.shift() ?? `card-${made++}`)
    slotOf = next
    return ids.map((id) => next.get(id)!)
  }
}
