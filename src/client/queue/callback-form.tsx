import { useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../account/api-client'
import { useLanguage } from '../app/use-hall'
import { FieldError, FormErrorSummary, Group, TextInput, inputId } from './contact-fields'
import {
  dayLabel,
  nextWorkingDays,
  normalisePhone,
  validateCallback,
  type CallbackInput,
  type FieldErrors,
} from './contact-form-model'
import { queueApi } from './queue-api'

const FORM = 'callback'
const ORDER = ['name', 'phone', 'preferredDay', 'preferredPart'] as const

/** Server field errors onto this form's fields; anything else goes to the summary under the first field. */
export function serverFieldErrors(error: unknown, order: readonly string[]): FieldErrors {
  if (!(error instanceof ApiError)) return { [order[0]!]: String(error) }
  const known = error.fields.filter((f) => order.includes(f.fieldId))
  if (known.length === 0) return { [order[0]!]: error.message }
  return Object.fromEntries(known.map((f) => [f.fieldId, f.message]))
}

/**
 * Ask for a call back: name, mobile number, a day and morning or afternoon. Checked on submit (the
 * server checks again); problems in a summary and by each field, typed values kept.
 */
export function CallbackForm({
  target,
}: {
  target: { hallId: string; departmentId: string; serviceId?: string }
}) {
  const { t } = useTranslation('queue')
  const language = useLanguage()
  const days = useMemo(() => nextWorkingDays(new Date()), [])
  const [input, setInput] = useState<CallbackInput>({
    name: '',
    phone: '',
    preferredDay: '',
    preferredPart: '',
  })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)
  const [sent, setSent] = useState<string | null>(null)
  const set = (field: keyof CallbackInput) => (value: string) =>
    setInput((old) => ({ ...old, [field]: value }))

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const found = validateCallback(input, language)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1)
      return
    }
    setBusy(true)
    try {
      await queueApi.requestCallback(language, {
        ...target,
        name: input.name.trim(),
        phone: normalisePhone(input.phone),
        preferredDay: input.preferredDay,
        preferredPart: input.preferredPart as 'morning' | 'afternoon',
      })
      setSent(
        t('callbackSent', {
          day: dayLabel(input.preferredDay, language),
          part: t(input.preferredPart as 'morning'),
        }),
      )
    } catch (error) {
      setErrors(serverFieldErrors(error, ORDER))
      setAttempt((n) => n + 1)
    } finally {
      setBusy(false)
    }
  }

  if (sent)
    return (
      <section className="contact-form" aria-labelledby={`${FORM}-heading`}>
        <h4 id={`${FORM}-heading`}>{t('callbackHeading')}</h4>
        <p className="contact-done" role="status" data-testid="callback-sent">
          {sent}
        </p>
      </section>
    )

  const dayError = errors.preferredDay
  const partError = errors.preferredPart
  return (
    <section className="contact-form" aria-labelledby={`${FORM}-heading`} data-testid="callback-form">
      <h4 id={`${FORM}-heading`}>{t('callbackHeading')}</h4>
      <FormErrorSummary form={FORM} errors={errors} order={ORDER} attempt={attempt} />
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextInput
          form={FORM}
          field="name"
          label={t('name')}
          value={input.name}
          error={errors.name}
          onChange={set('name')}
          autoComplete="name"
        />
        <TextInput
          form={FORM}
          field="phone"
          label={t('phone')}
          hint={t('phoneHint')}
          type="tel"
          value={input.phone}
          error={errors.phone}
          onChange={set('phone')}
          autoComplete="tel"
        />
        <Group error={dayError}>
          <label className="field-label" htmlFor={inputId(FORM, 'preferredDay')}>
            {t('preferredDay')}
          </label>
          <FieldError id={`${inputId(FORM, 'preferredDay')}-error`} message={dayError} />
          <select
            className="input"
            id={inputId(FORM, 'preferredDay')}
            name="preferredDay"
            value={input.preferredDay}
            aria-invalid={dayError ? true : undefined}
            aria-describedby={dayError ? `${inputId(FORM, 'preferredDay')}-error` : undefined}
            onChange={(event) => set('preferredDay')(event.target.value)}
          >
            <option value="">—</option>
            {days.map((day) => (
              <option key={day} value={day}>
                {dayLabel(day, language)}
              </option>
            ))}
          </select>
        </Group>
        <Group error={partError}>
          <fieldset
            className="fieldset"
            aria-describedby={partError ? `${inputId(FORM, 'preferredPart')}-error` : undefined}
          >
            <legend className="field-label">{t('preferredPart')}</legend>
            <FieldError id={`${inputId(FORM, 'preferredPart')}-error`} message={partError} />
            <div className="radios radios-inline">
              {(['morning', 'afternoon'] as const).map((part, index) => (
                <div className="choice" key={part}>
                  <input
                    className="choice-input"
                    type="radio"
                    name={`${FORM}-preferredPart`}
                    // The first radio carries the field's id, so the summary link focuses it.
                    id={
                      index === 0
                        ? inputId(FORM, 'preferredPart')
                        : `${inputId(FORM, 'preferredPart')}-${part}`
                    }
                    value={part}
                    checked={input.preferredPart === part}
                    onChange={() => set('preferredPart')(part)}
                  />
                  <label
                    className="choice-label"
                    htmlFor={
                      index === 0
                        ? inputId(FORM, 'preferredPart')
                        : `${inputId(FORM, 'preferredPart')}-${part}`
                    }
                  >
                    {t(part)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </Group>
        <button type="submit" className="button button-primary" disabled={busy} data-testid="send-callback">
          {t('sendCallback')}
        </button>
      </form>
    </section>
  )
}
