import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../account/api-client'
import { useLanguage } from '../app/use-hall'
import { serverFieldErrors } from './callback-form'
import { FieldError, FormErrorSummary, Group, TextInput, inputId } from './contact-fields'
import {
  chinaDay,
  dayLabel,
  normalisePhone,
  slotDay,
  slotTime,
  validateBooking,
  type FieldErrors,
} from './contact-form-model'
import { queueApi, type AppointmentSlot } from './queue-api'

const FORM = 'appointment'
const ORDER = ['slotStart', 'name', 'phone'] as const

type SlotsState =
  | { status: 'loading' }
  | { status: 'ready'; slots: AppointmentSlot[] }
  | { status: 'failed'; message: string }

/**
 * Book a half-hour at the department: a day, a free time that day, name and mobile number. A time
 * someone else took meanwhile (409 `slot_taken`) is said so at the time field and the times reload;
 * what was typed stays.
 */
export function AppointmentPicker({
  target,
  departmentName,
}: {
  target: { hallId: string; departmentId: string; serviceId?: string }
  departmentName: string
}) {
  const { t } = useTranslation('queue')
  const language = useLanguage()
  const [slots, setSlots] = useState<SlotsState>({ status: 'loading' })
  const [day, setDay] = useState('')
  const [slotStart, setSlotStart] = useState('')
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)
  const [booked, setBooked] = useState<string | null>(null)
  const { hallId, departmentId } = target

  const load = useCallback(() => {
    queueApi.slots(language, hallId, departmentId, chinaDay(new Date())).then(
      (list) => setSlots({ status: 'ready', slots: list }),
      (error: unknown) =>
        setSlots({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    )
  }, [language, hallId, departmentId])
  useEffect(load, [load])

  const days = useMemo(() => {
    if (slots.status !== 'ready') return []
    const seen = new Map<string, AppointmentSlot[]>()
    for (const slot of slots.slots) {
      const d = slotDay(slot.start)
      seen.set(d, [...(seen.get(d) ?? []), slot])
    }
    return [...seen].filter(([, list]) => list.some((s) => s.available))
  }, [slots])
  const shownDay = day || days[0]?.[0] || ''
  const daySlots = days.find(([d]) => d === shownDay)?.[1] ?? []

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const found = validateBooking({ name, phone, slotStart }, language)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1)
      return
    }
    setBusy(true)
    try {
      const chosen = daySlots.find((s) => String(s.start) === slotStart)?.start ?? slotStart
      await queueApi.book(language, {
        ...target,
        slotStart: chosen,
        name: name.trim(),
        phone: normalisePhone(phone),
      })
      setBooked(
        t('booked', {
          time: `${dayLabel(slotDay(chosen), language)} ${slotTime(chosen)}`,
          department: departmentName,
        }),
      )
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.code === 'slot_taken') {
        setErrors({ slotStart: t('slotTaken') })
        setSlotStart('')
        load()
      } else setErrors(serverFieldErrors(error, ORDER))
      setAttempt((n) => n + 1)
    } finally {
      setBusy(false)
    }
  }

  const heading = <h4 id={`${FORM}-heading`}>{t('appointmentHeading')}</h4>
  if (booked)
    return (
      <section className="contact-form" aria-labelledby={`${FORM}-heading`}>
        {heading}
        <p className="contact-done" role="status" data-testid="appointment-booked">
          {booked}
        </p>
      </section>
    )

  const slotError = errors.slotStart
  const slotId = inputId(FORM, 'slotStart')
  return (
    <section className="contact-form" aria-labelledby={`${FORM}-heading`} data-testid="appointment-form">
      {heading}
      <FormErrorSummary form={FORM} errors={errors} order={ORDER} attempt={attempt} />
      {slots.status === 'loading' && <p role="status">{t('loadingSlots')}</p>}
      {slots.status === 'failed' && (
        <p className="error-message">{t('slotsFailed', { message: slots.message })}</p>
      )}
      {slots.status === 'ready' && days.length === 0 && <p>{t('noSlots')}</p>}
      {days.length > 0 && (
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <Group error={slotError}>
            <fieldset className="fieldset" aria-describedby={slotError ? `${slotId}-error` : undefined}>
              <legend className="field-label">{t('slotLegend')}</legend>
              <FieldError id={`${slotId}-error`} message={slotError} />
              <label className="visually-hidden" htmlFor={`${slotId}-day`}>
                {t('preferredDay')}
              </label>
              <select
                className="input slot-day"
                id={`${slotId}-day`}
                value={shownDay}
                onChange={(event) => {
                  setDay(event.target.value)
                  setSlotStart('')
                }}
              >
                {days.map(([d]) => (
                  <option key={d} value={d}>
                    {dayLabel(d, language)}
                  </option>
                ))}
              </select>
              <div className="radios radios-inline slot-times" data-testid="slot-times">
                {daySlots.map((slot, index) => {
                  const value = String(slot.start)
                  const id = index === 0 ? slotId : `${slotId}-${index}`
                  return (
                    <div className="choice" key={value}>
                      <input
                        className="choice-input"
                        type="radio"
                        name={`${FORM}-slot`}
                        id={id}
                        value={value}
                        disabled={!slot.available}
                        checked={slotStart === value}
                        onChange={() => setSlotStart(value)}
                      />
                      <label className="choice-label" htmlFor={id}>
                        {slotTime(slot.start)}
                      </label>
                    </div>
                  )
                })}
              </div>
            </fieldset>
          </Group>
          <TextInput
            form={FORM}
            field="name"
            label={t('name')}
            value={name}
            error={errors.name}
            onChange={setName}
            autoComplete="name"
          />
          <TextInput
            form={FORM}
            field="phone"
            label={t('phone')}
            hint={t('phoneHint')}
            type="tel"
            value={phone}
            error={errors.phone}
            onChange={setPhone}
            autoComplete="tel"
          />
          <button
            type="submit"
            className="button button-primary"
            disabled={busy}
            data-testid="book-appointment"
          >
            {t('book')}
          </button>
        </form>
      )}
    </section>
  )
}
