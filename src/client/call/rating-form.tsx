import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { RATING_LEVELS, type RatingLevel } from '../../shared/feedback/levels'
import type { Language } from '../../shared/scene/localized'
import type { FollowUp } from './call-api'
import { useCallPageStore } from './call-page-store'

function dueDateText(due: FollowUp['dueDate'], language: Language): string {
  const date =
    typeof due === 'number' ? new Date(due) : /^\d{4}-\d{2}-\d{2}$/.test(due) ? null : new Date(due)
  if (!date || Number.isNaN(date.getTime())) return String(due)
  return date.toLocaleDateString(language === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai' })
}

/**
 * After the call: five levels as a radio group and an optional comment; once sent, thanks, and for a
 * bad rating the follow-up case with its state and due date.
 */
export function RatingForm({ language }: { language: Language }) {
  const { t } = useTranslation('call')
  const rating = useCallPageStore((s) => s.rating)
  const { rate } = useCallPageStore((s) => s.actions)
  const [level, setLevel] = useState<RatingLevel | null>(null)
  const [comment, setComment] = useState('')
  const [missing, setMissing] = useState(false)

  if (rating.state === 'done')
    return (
      <section className="call-rating" aria-labelledby="rating-heading" data-testid="rating-done">
        <h2 id="rating-heading" tabIndex={-1}>
          {t('ratingThanks')}
        </h2>
        {rating.followUp && (
          <div className="notice" role="status" data-testid="follow-up">
            <p>{t('followUpOpened', { date: dueDateText(rating.followUp.dueDate, language) })}</p>
            <p>
              {t('followUpState', {
                state: ['open', 'in-progress', 'closed'].includes(rating.followUp.status)
                  ? t(`followUpStatus_${rating.followUp.status as 'open' | 'in-progress' | 'closed'}`)
                  : rating.followUp.status,
              })}
            </p>
          </div>
        )}
      </section>
    )

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setMissing(level === null)
    if (level !== null) void rate(language, level, comment)
  }

  return (
    <section className="call-rating" aria-labelledby="rating-heading" data-testid="rating-form">
      <h2 id="rating-heading">{t('ratingHeading')}</h2>
      {rating.state === 'failed' && (
        <p className="notice notice-error" role="alert">
          {t('ratingFailed', { message: rating.message ?? '' })}
        </p>
      )}
      <form noValidate onSubmit={onSubmit}>
        <fieldset className={missing ? 'fieldset form-group form-group-error' : 'fieldset form-group'}>
          <legend className="field-label">{t('ratingLegend')}</legend>
          {missing && (
            <p id="rating-error" className="error-message" role="alert">
              {t('ratingChoose')}
            </p>
          )}
          <div className="radios">
            {RATING_LEVELS.map((option) => (
              <div className="choice" key={option.level}>
                <input
                  className="choice-input"
                  type="radio"
                  name="rating"
                  id={`rating-${option.id}`}
                  value={option.level}
                  checked={level === option.level}
                  onChange={() => setLevel(option.level)}
                  aria-describedby={missing ? 'rating-error' : undefined}
                />
                <label className="choice-label" htmlFor={`rating-${option.id}`}>
                  {option.label[language]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="form-group">
          <label className="field-label" htmlFor="rating-comment">
            {t('ratingComment')}
          </label>
          <textarea
            id="rating-comment"
            className="input textarea"
            rows={4}
            maxLength={1000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="button button-primary"
          disabled={rating.state === 'sending'}
          data-testid="rating-submit"
        >
          {rating.state === 'sending' ? t('ratingSending') : t('ratingSubmit')}
        </button>
      </form>
    </section>
  )
}
