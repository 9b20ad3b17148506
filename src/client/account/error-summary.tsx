import { useEffect, useRef } from 'react'

export type ErrorSummaryEntry = { targetId: string; message: string }

/**
 * GOV.UK's error summary: at the top of the page, announced (role=alert) and focused when it appears,
 * each problem a link that moves focus to the input at fault.
 * @param focusKey changes on every submit, so the summary takes focus again after each one
 */
export function ErrorSummary({
  title,
  items,
  focusKey,
}: {
  title: string
  items: readonly ErrorSummaryEntry[]
  focusKey: number | string
}) {
  const ref = useRef<HTMLDivElement>(null)
  const shown = items.length > 0
  useEffect(() => {
    if (shown) ref.current?.focus()
  }, [shown, focusKey])
  if (!shown) return null
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={ref}
      data-testid="error-summary"
    >
      <h2 id="error-summary-title" className="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary-list">
        {items.map((item) => (
          <li key={`${item.targetId}:${item.message}`}>
            <a
              href={`#${item.targetId}`}
              onClick={(event) => {
                const target = document.getElementById(item.targetId)
                if (!target) return
                event.preventDefault()
                // Scroll the question's label into view too, not just the box.
                target.closest('.form-group')?.scrollIntoView({ block: 'start' })
                target.focus()
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
