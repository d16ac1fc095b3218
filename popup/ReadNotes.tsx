import { counted } from "~src/ui/format"
import { readNotes } from "~src/ui/read-notes"

/** Why this page was read only in part, folded away: most pages have nothing to say here. */
export function ReadNotes({ warnings }: { warnings: readonly string[] }) {
  const { notes, more } = readNotes(warnings)
  if (notes.length === 0) return null
  return (
    <details className="cw-notes" data-testid="read-notes">
      <summary>
        Part of this page could not be read ({counted(notes.length + more, "note")})
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
