import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { prefillPlan } from '../../shared/flow/prefill'
import type { Flow } from '../../shared/flow/flow-schema'
import type { Language } from '../../shared/scene/localized'
import type { Service } from '../../shared/scene/schema'
import { citizenName, useSessionStore } from '../account/session-store'
import { serviceViewModel } from '../panels/station-view-model'
import { stepHref, type FormStep } from './apply-route'
import { draftMemory } from './draft-memory'
import { useFormStore } from './form-store'
import { firstPageStep, resumeStep } from './form-view-model'
import type { ApplyNavigation } from './use-apply-location'

/**
 * The start page: what the service is and needs, the offer to sign in with the demo e-ID (to pre-fill
 * from records after consent) or to go on without, and how saving works.
 */
export function StartStep({
  service,
  flow,
  hallId,
  language,
  nav,
}: {
  service: Service
  flow: Flow
  hallId: string
  language: Language
  nav: ApplyNavigation
}) {
  const { t } = useTranslation('forms')
  const session = useSessionStore()
  const { startDraft, loadDraft } = useFormStore((s) => s.actions)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const model = serviceViewModel(service, language)
  const savedCode = draftMemory.codeFor(service.id)
  const usesRecords = prefillPlan(flow).length > 0

  useEffect(() => {
    void session.actions.load(language)
    void session.actions.loadDemoCitizens(language)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per visit
  }, [])

  const go = (step: FormStep) => nav.go(stepHref(service.id, step, hallId))
  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    setProblem(null)
    try {
      await work()
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }
  const begin = (signedIn: boolean) =>
    run(async () => {
      const draft = await startDraft(language, service.id, hallId)
      go(signedIn && usesRecords ? { kind: 'consent' } : firstPageStep(flow, draft.answers))
    })
  const signInAndBegin = (citizenId: string) =>
    run(async () => {
      if (!(await session.actions.signIn(language, citizenId)))
        throw new Error(useSessionStore.getState().error ?? '')
      const draft = await startDraft(language, service.id, hallId)
      go(usesRecords ? { kind: 'consent' } : firstPageStep(flow, draft.answers))
    })
  const resume = (code: string) =>
    run(async () => {
      const draft = await loadDraft(language, code)
      go(resumeStep(flow, draft.answers))
    })

  return (
    <div className="form-column">
      <h1 className="step-heading" tabIndex={-1}>
        {t('startTitle', { service: model.name })}
      </h1>
      <p className="lead">{model.summary}</p>
      <p>{t('startIntro')}</p>
      <ul className="fact-list">
        <li>{t('processingTime', { time: model.processingTime })}</li>
        <li>{t('fee', { fee: model.fee })}</li>
      </ul>
      <h2>{t('documentsNeeded')}</h2>
      {model.documents.length > 0 ? (
        <ul>
          {model.documents.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : (
        <p>{t('noDocuments')}</p>
      )}
      <div className="notice">{t('resumeNotice')}</div>
      {problem && (
        <div className="notice notice-error" role="alert">
          {t('loadFailed', { message: problem })}
        </div>
      )}
      {savedCode && (
        <p>
          <button type="button" className="button" disabled={busy} onClick={() => void resume(savedCode)}>
            {t('continueSaved', { code: savedCode })}
          </button>
        </p>
      )}
      {session.citizen ? (
        <section aria-labelledby="start-signed-in">
          <h2 id="start-signed-in">{t('signedInAs', { name: citizenName(session.citizen, language) })}</h2>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void begin(true)}
            data-testid="start-now"
          >
            {t('startNow')}
          </button>
        </section>
      ) : (
        <>
          {usesRecords && (
            <section aria-labelledby="start-sign-in" className="sign-in-offer">
              <h2 id="start-sign-in">{t('signInOffer')}</h2>
              <p>{t('signInOfferHint')}</p>
              <ul className="citizen-list">
                {session.demoCitizens.map((citizen) => (
                  <li key={citizen.id}>
                    <button
                      type="button"
                      className="button"
                      disabled={busy}
                      data-citizen-id={citizen.id}
                      onClick={() => void signInAndBegin(citizen.id)}
                    >
                      {t('signInAs', { name: citizen.displayName[language], maskedId: citizen.maskedId })}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p>
            <button
              type="button"
              className={usesRecords ? 'button' : 'button button-primary'}
              disabled={busy}
              onClick={() => void begin(false)}
              data-testid="start-without-sign-in"
            >
              {usesRecords ? t('continueWithoutSignIn') : t('startNow')}
            </button>
          </p>
        </>
      )}
    </div>
  )
}
