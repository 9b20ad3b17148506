import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useHallDataStore } from '../app/hall-data-store'
import { useDocumentTitle, useHall, useLanguage } from '../app/use-hall'
import { SiteFrame } from '../account/site-frame'
import { stepHref, type ApplyLocation, type FormStep } from './apply-route'
import { CheckStep } from './check-step'
import { ConfirmationStep } from './confirmation-step'
import { ConsentStep } from './consent-step'
import { DocumentsStep } from './documents-step'
import { draftMemory } from './draft-memory'
import { useFormStore } from './form-store'
import { resumeStep, type FormContext } from './form-view-model'
import { QuestionStep } from './question-step'
import { SavedStep } from './saved-step'
import { StartStep } from './start-step'
import { useApplyLocation } from './use-apply-location'

/** Steps that need the draft loaded (everything but the start page). */
function needsDraft(step: FormStep): boolean {
  return step.kind !== 'start'
}

/**
 * `/apply/:serviceId[/:step]`: the application form of one service, used by the 2D mode and from the
 * 3D hall's station panel. Steps change without a page load (answers stay in memory); a fresh load of
 * any step finds the draft by `?code=` or by the code this browser remembers for the service.
 */
export function FormPage({ hallId, initial }: { hallId: string; initial: ApplyLocation }) {
  const { t } = useTranslation('forms')
  const language = useLanguage()
  const hall = useHall(hallId)
  const hallStatus = useHallDataStore((s) => s.status)
  const hallError = useHallDataStore((s) => s.error)
  const nav = useApplyLocation(initial)
  const draft = useFormStore((s) => s.draft)
  const answers = useFormStore((s) => s.answers)
  const errors = useFormStore((s) => s.errors)
  const errorsOn = useFormStore((s) => s.errorsOn)
  const prefilled = useFormStore((s) => s.prefilled)
  const application = useFormStore((s) => s.application)
  const { loadDraft } = useFormStore((s) => s.actions)
  const [draftProblem, setDraftProblem] = useState<string | null>(null)

  const service = hall?.services.find((s) => s.id === nav.serviceId) ?? null
  const flow = service?.flow ?? null
  const { step } = nav
  const code = nav.search.get('code')

  useDocumentTitle(
    service ? `${t('applyOnlineFor', { service: service.name[language] })} · OneHall` : 'OneHall',
  )

  // Find the draft: ?code= (a resume link) wins, then this browser's memory; without one, start again.
  useEffect(() => {
    if (!flow) return
    const wanted = code ?? (needsDraft(step) ? draftMemory.codeFor(nav.serviceId) : null)
    if (!wanted || draft?.resumeCode === wanted.toUpperCase()) {
      if (needsDraft(step) && !draft && !wanted)
        nav.go(stepHref(nav.serviceId, { kind: 'start' }, hallId), { replace: true })
      return
    }
    loadDraft(language, wanted)
      .then((loaded) => {
        if (loaded.serviceId !== nav.serviceId) {
          setDraftProblem(t('draftMismatch'))
          return
        }
        if (step.kind === 'start' || code)
          nav.go(stepHref(nav.serviceId, resumeStep(flow, loaded.answers), hallId), { replace: true })
      })
      .catch((error: unknown) => {
        if (!code) draftMemory.forget(nav.serviceId)
        setDraftProblem(error instanceof Error ? error.message : String(error))
        if (needsDraft(step)) nav.go(stepHref(nav.serviceId, { kind: 'start' }, hallId), { replace: true })
      })
    // eslint-disable-next-line react-hooks/exhaustive-deps -- react to the address and the flow arriving only
  }, [flow, code, nav.navigation])

  // Each step change moves focus to the new heading (the error summary takes it when shown).
  const mainRef = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    if (nav.navigation === 0) return
    const heading = mainRef.current?.querySelector<HTMLElement>('.step-heading')
    heading?.focus()
  }, [nav.navigation, step.kind])

  let body: React.ReactNode = null
  if (hallStatus === 'error') body = <p role="alert">{t('loadFailed', { message: hallError ?? '' })}</p>
  else if (!hall) body = <p role="status">{t('loading')}</p>
  else if (!service)
    body = (
      <h1 className="step-heading" tabIndex={-1}>
        {t('serviceNotFound')}
      </h1>
    )
  else if (!flow)
    body = (
      <>
        <h1 className="step-heading" tabIndex={-1}>
          {service.name[language]}
        </h1>
        <p>{t('noFlow')}</p>
      </>
    )
  else if (step.kind === 'start')
    body = (
      <>
        {draftProblem && (
          <div className="notice notice-error" role="alert">
            {t('loadFailed', { message: draftProblem })}
          </div>
        )}
        <StartStep service={service} flow={flow} hallId={hallId} language={language} nav={nav} />
      </>
    )
  else if (step.kind === 'confirmation' && application) body = <ConfirmationStep language={language} />
  else if (!draft || draft.serviceId !== service.id)
    body = <p role="status">{draftProblem ?? t('loading')}</p>
  else {
    const errorStep = step.kind === 'question' ? step.pageId : step.kind
    const ctx: FormContext = {
      serviceId: service.id,
      hallId,
      flow,
      answers,
      language,
      errors: errorsOn === errorStep ? errors : [],
      prefilled,
      returnToCheck: nav.search.get('return') === 'check',
    }
    switch (step.kind) {
      case 'consent':
        body = <ConsentStep ctx={ctx} nav={nav} language={language} />
        break
      case 'question':
        body = <QuestionStep key={step.pageId} ctx={ctx} pageId={step.pageId} nav={nav} />
        break
      case 'documents':
        body = <DocumentsStep ctx={ctx} nav={nav} />
        break
      case 'check':
        body = <CheckStep ctx={ctx} nav={nav} />
        break
      case 'saved': {
        const from = nav.search.get('from')
        const back: FormStep = from ? { kind: 'question', pageId: from } : resumeStep(flow, answers)
        body = (
          <SavedStep
            language={language}
            continueHref={stepHref(service.id, back, hallId)}
            onLinkClick={nav.onLinkClick}
          />
        )
        break
      }
      case 'confirmation':
        // A reload of the confirmation: the application is not in memory; the tracking page has it.
        body = (
          <p>
            <a href="/track">{t('trackLink')}</a>
          </p>
        )
        break
    }
  }

  return (
    <SiteFrame hallId={hallId} current="apply">
      <div ref={mainRef} className="form-steps" data-testid="form-page" data-step={step.kind}>
        {body}
      </div>
    </SiteFrame>
  )
}
