import { readNotes } from "~src/ui/read-notes"

/** Why this page was read only in part, folded away: most pages have nothing to say here. */
export function ReadNotes({ warnings }: { warnings: readonly string[] }) {
  const { notes, more } = readNotes(warnings)
  if (notes.length === 0) return null
  const count = notes.length + more
  return (
    <details className="cw-notes" data-testid="read-notes">
      <summary>
        Part of this page could not be read ({count} {count === 1 ? "note" : "notes"})
      </summary>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
        {more > 0 ? <li>And {more} more.</li> : null}
      </ul>
    </details>
  )
}
