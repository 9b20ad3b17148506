import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Register } from '../../shared/flow/flow-schema'
import type { Language } from '../../shared/scene/localized'
import { api } from '../account/api'
import type { PrefillPreview } from '../account/api-types'
import { stepHref } from './apply-route'
import { BackLink } from './back-link'
import { useFormStore } from './form-store'
import { firstPageStep, type FormContext } from './form-view-model'
import type { ApplyNavigation } from './use-apply-location'

/**
 * The once-only consent step: exactly which answers would come from which register, with the values;
 * a checkbox per register (none ticked beforehand). Only the ticked registers are used.
 */
export function ConsentStep({
  ctx,
  nav,
  language,
}: {
  ctx: FormContext
  nav: ApplyNavigation
  language: Language
}) {
  const { t } = useTranslation('forms')
  const { prefill } = useFormStore((s) => s.actions)
  const [preview, setPreview] = useState<PrefillPreview | null>(null)
  const [accepted, setAccepted] = useState<Register[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    api
      .prefillPreview(language, ctx.serviceId)
      .then((p) => live && setPreview(p))
      .catch((error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)))
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the preview is read (and logged) once
  }, [ctx.serviceId])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!preview) return
    setBusy(true)
    try {
      const byRegister = Object.fromEntries(
        preview.registers.map((r) => [r.register, r.fields.map((f) => f.fieldId)]),
      ) as Record<Register, string[]>
      await prefill(language, accepted, byRegister)
      const { answers } = useFormStore.getState()
      nav.go(stepHref(ctx.serviceId, firstPageStep(ctx.flow, answers, ctx.options), ctx.hallId))
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="form-column form-column-wide">
      <BackLink href={stepHref(ctx.serviceId, { kind: 'start' }, ctx.hallId)} onClick={nav.onLinkClick} />
      <h1 className="step-heading" tabIndex={-1}>
        {t('consentTitle')}
      </h1>
      <p className="lead">{t('consentIntro')}</p>
      {problem && (
        <div className="notice notice-error" role="alert">
          {t('loadFailed', { message: problem })}
        </div>
      )}
      {!preview && !problem && <p role="status">{t('loading')}</p>}
      {preview && (
        <form noValidate onSubmit={(event) => void onSubmit(event)} data-testid="consent-form">
          {preview.registers.length === 0 && <p>{t('consentNothing')}</p>}
          {preview.registers.map((register) => {
            const id = `consent-${register.register}`
            return (
              <section
                key={register.register}
                className="consent-register"
                data-register={register.register}
                aria-labelledby={`${id}-title`}
              >
                <h2 id={`${id}-title`}>{register.name[language]}</h2>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('consentQuestion')}</th>
                      <th scope="col">{t('consentValue')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {register.fields.map((field) => (
                      <tr key={field.fieldId} data-field-id={field.fieldId}>
                        <th scope="row">{field.label[language]}</th>
                        <td>{field.valueText}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <div className="choice">
                  <input
                    className="choice-input"
                    type="checkbox"
                    id={id}
                    checked={accepted.includes(register.register)}
                    onChange={(event) =>
                      setAccepted((list) =>
                        event.target.checked
                          ? [...list, register.register]
                          : list.filter((r) => r !== register.register),
                      )
                    }
                  />
                  <label className="choice-label" htmlFor={id}>
                    {t('consentRegister', { register: register.name[language] })}
                  </label>
                </div>
              </section>
            )
          })}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy} data-testid="continue">
              {t('consentContinue')}
            </button>
          </div>
        </form>
      )}
    </div>
  )
}
