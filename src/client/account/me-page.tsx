import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { useDocumentTitle, useHall, useLanguage } from '../app/use-hall'
import { registerName } from '../forms/form-text'
import { REGISTERS, type Register } from '../../shared/flow/flow-schema'
import type { Language } from '../../shared/scene/localized'
import { api } from './api'
import type { AccessLogEntry, Application } from './api-types'
import { citizenName, useSessionStore } from './session-store'
import { SiteFrame } from './site-frame'
import { dateTimeText, statusText } from './status-text'

/** Records a clerk looked at during a video call, besides the registers of the pre-fill. */
const CLERK_SOURCES = ['applications', 'drafts', 'tickets'] as const

function registerText(register: string, language: Language, t: TFunction<'account'>): string {
  if ((REGISTERS as readonly string[]).includes(register)) return registerName(register as Register, language)
  if ((CLERK_SOURCES as readonly string[]).includes(register))
    return t(`source_${register as (typeof CLERK_SOURCES)[number]}`)
  return register
}

function actorName(entry: AccessLogEntry, language: Language): string {
  const name = entry.actor.name
  return typeof name === 'string' ? name : name[language]
}

/** `/me`: sign in or out with the demo e-ID, my applications, and who looked at my data. */
export function MePage({ hallId }: { hallId: string }) {
  const { t } = useTranslation('account')
  const language = useLanguage()
  const hall = useHall(hallId)
  const { citizen, status, demoCitizens, error, actions } = useSessionStore()
  // Kept with the citizen they belong to, so another sign-in never shows the previous one's data.
  const [data, setData] = useState<{
    citizenId: string
    applications: Application[]
    entries: AccessLogEntry[]
  } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useDocumentTitle(`${t('meTitle')} · OneHall`)

  useEffect(() => {
    void actions.load(language)
    void actions.loadDemoCitizens(language)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per visit
  }, [])

  const citizenId = citizen?.id ?? null
  useEffect(() => {
    if (!citizenId) return
    let live = true
    Promise.all([api.myApplications(language), api.accessLog(language)])
      .then(([apps, log]) => {
        if (live) setData({ citizenId, applications: apps, entries: log })
      })
      .catch(
        (failure: unknown) =>
          live && setProblem(failure instanceof Error ? failure.message : String(failure)),
      )
    return () => {
      live = false
    }
  }, [citizenId, language])

  const applications = data && data.citizenId === citizenId ? data.applications : null
  const entries = data && data.citizenId === citizenId ? data.entries : null
  const serviceName = (id: string) => hall?.services.find((s) => s.id === id)?.name[language] ?? id

  return (
    <SiteFrame hallId={hallId} current="me">
      <h1>{t('meTitle')}</h1>
      {(problem ?? error) && (
        <div className="notice notice-error" role="alert">
          {t('loadFailed', { message: problem ?? error ?? '' })}
        </div>
      )}
      {status !== 'ready' && !citizen && <p role="status">{t('loading')}</p>}
      {citizen ? (
        <>
          <p data-testid="signed-in-as">{t('signedInAs', { name: citizenName(citizen, language) })}</p>
          <button type="button" className="button" onClick={() => void actions.signOut(language)}>
            {t('signOut')}
          </button>
          <section aria-labelledby="me-applications">
            <h2 id="me-applications">{t('myApplications')}</h2>
            {applications && applications.length === 0 && <p>{t('noApplications')}</p>}
            {applications && applications.length > 0 && (
              <table className="data-table" data-testid="my-applications">
                <thead>
                  <tr>
                    <th scope="col">{t('reference')}</th>
                    <th scope="col">{t('service')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('submittedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {applications.map((application) => (
                    <tr key={application.reference}>
                      <th scope="row">
                        <a href={`/track?reference=${encodeURIComponent(application.reference)}`}>
                          {application.reference}
                        </a>
                      </th>
                      <td>{serviceName(application.serviceId)}</td>
                      <td>{statusText(application.status, language)}</td>
                      <td>{dateTimeText(application.submittedAt, language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="me-access-log">
            <h2 id="me-access-log">{t('accessLogTitle')}</h2>
            <p>{t('accessLogIntro')}</p>
            {entries && entries.length === 0 && <p>{t('accessLogEmpty')}</p>}
            {entries && entries.length > 0 && (
              <table className="data-table" data-testid="access-log">
                <thead>
                  <tr>
                    <th scope="col">{t('accessAt')}</th>
                    <th scope="col">{t('accessWho')}</th>
                    <th scope="col">{t('accessRegister')}</th>
                    <th scope="col">{t('accessWhy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry, index) => (
                    <tr
                      key={`${entry.at}-${index}`}
                      data-actor={entry.actor.kind}
                      data-register={entry.register}
                    >
                      <td>{dateTimeText(entry.at, language)}</td>
                      <td>
                        {t(`actor_${entry.actor.kind}`)}
                        {actorName(entry, language) ? ` · ${actorName(entry, language)}` : ''}
                      </td>
                      <td>{registerText(entry.register, language, t)}</td>
                      <td>{entry.purpose}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      ) : (
        status === 'ready' && (
          <section aria-labelledby="me-sign-in">
            <h2 id="me-sign-in">{t('signInTitle')}</h2>
            <p>{t('signedOut')}</p>
            <p>{t('signInIntro')}</p>
            <ul className="citizen-list">
              {demoCitizens.map((demo) => (
                <li key={demo.id}>
                  <button
                    type="button"
                    className="button"
                    data-citizen-id={demo.id}
                    onClick={() => void actions.signIn(language, demo.id)}
                  >
                    {t('signInAs', { name: demo.displayName[language] })} ({demo.maskedId})
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )
      )}
      <ul className="link-list">
        <li>
          <a href="/resume">{t('resumeLink')}</a>
        </li>
        <li>
          <a href="/track">{t('trackLink')}</a>
        </li>
      </ul>
    </SiteFrame>
  )
}
