import { insertMention, mentionQueryAt, suggestMentions, type MentionCandidate } from '@bt/domain'
import { useRef, useState, type KeyboardEvent } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'

interface MentionTextareaProps {
  id: string
  /** Who may be mentioned: the record's readers (the server checks again). */
  people: readonly MentionCandidate[]
  /** The react-hook-form field, or none for a plain form (then `name` names the field). */
  registration?: UseFormRegisterReturn
  name?: string
  /** Tell the form library the text changed when a name is inserted. */
  onInsert?: (text: string) => void
  describedBy?: string
  invalid: boolean
  defaultValue: string
  rows?: number
}

type OpenMention = { start: number; caret: number; query: string }

/**
 * A text area that suggests colleagues after "@": the ARIA combobox pattern with a list box popup
 * (aria-autocomplete, aria-controls, aria-activedescendant on the field; the field keeps its own
 * textbox role, since a textarea may take no other). Arrow keys move through the list, Enter or Tab
 * chooses, Escape closes; the count is announced. Without JavaScript a typed "@Full Name" still counts.
 */
export function MentionTextarea({ id, people, registration, name, onInsert, describedBy, invalid, defaultValue, rows = 3 }: MentionTextareaProps) {
  const field = useRef<HTMLTextAreaElement | null>(null)
  const [mention, setMention] = useState<OpenMention | null>(null)
  const [active, setActive] = useState(0)
  const suggestions = mention ? suggestMentions(mention.query, people) : []
  const open = suggestions.length > 0
  const listId = `${id}-suggesties`

  const follow = (element: HTMLTextAreaElement) => {
    const caret = element.selectionStart
    const found = element.selectionStart === element.selectionEnd ? mentionQueryAt(element.value, caret) : null
    setMention(found ? { ...found, caret } : null)
    setActive(0)
  }
  const choose = (person: MentionCandidate) => {
    const element = field.current
    if (!element || !mention) return
    const next = insertMention(element.value, mention, person.name)
    element.value = next.text
    onInsert?.(next.text)
    element.focus()
    element.setSelectionRange(next.caret, next.caret)
    setMention(null)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return
    const move = (by: number) => setActive((i) => (i + by + suggestions.length) % suggestions.length)
    if (event.key === 'ArrowDown') move(1)
    else if (event.key === 'ArrowUp') move(-1)
    else if (event.key === 'Escape') setMention(null)
    else if (event.key === 'Enter' || event.key === 'Tab') {
      const person = suggestions[active]
      if (person) choose(person)
    } else return
    event.preventDefault()
  }

  return (
    <div className="bt-mention">
      <textarea
        id={id}
        rows={rows}
        className={`utrecht-textarea utrecht-textarea--html-textarea bt-wide-input${invalid ? ' utrecht-textarea--invalid' : ''}`}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        defaultValue={defaultValue}
        {...(registration ?? { name })}
        ref={(element) => {
          registration?.ref(element)
          field.current = element
        }}
        onChange={(event) => {
          void registration?.onChange(event)
          follow(event.currentTarget)
        }}
        onClick={(event) => follow(event.currentTarget)}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => {
          if (event.key === 'ArrowLeft' || event.key === 'ArrowRight' || event.key === 'Home' || event.key === 'End') follow(event.currentTarget)
        }}
        onBlur={(event) => {
          void registration?.onBlur(event)
          setMention(null)
        }}
      />
      <ul id={listId} role="listbox" aria-label="Collega’s om te noemen" className="bt-mention__list" hidden={!open}>
        {suggestions.map((person, index) => (
          <li
            key={person.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="bt-mention__option"
            // mousedown, not click: the field keeps its focus and caret
            onMouseDown={(event) => {
              event.preventDefault()
              choose(person)
            }}
          >
            {person.name}
          </li>
        ))}
      </ul>
      <p className="bt-visually-hidden" aria-live="polite">
        {open ? `${suggestions.length} ${suggestions.length === 1 ? 'collega' : 'collega’s'} gevonden; kies met de pijltjes en Enter.` : ''}
      </p>
    </div>
  )
}
