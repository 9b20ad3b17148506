import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../app/use-hall'
import { RATING_LEVELS } from '../../shared/feedback/levels'
import type { Language } from '../../shared/scene/localized'
import { clerkApi } from './clerk-stores'
import type { FollowUp } from './clerk-types'

/** A rating level in words ("2 · dissatisfied"). */
function ratingText(level: number, language: Language): string {
  const found = RATING_LEVELS.find((l) => l.level === level)
  return found ? `${level} · ${found.label[language]}` : String(level)
}

/** Supervisors only: open follow-up cases from dissatisfied ratings, with their due dates. */
export function FollowUpsPanel() {
  const { t } = useTranslation('clerk')
  const language = useLanguage()
  const [followUps, setFollowUps] = useState<FollowUp[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    clerkApi
      .followUps(language)
      .then((list) => live && setFollowUps([...list].sort((a, b) => a.dueDate.localeCompare(b.dueDate))))
      .catch((error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)))
    return () => {
      live = false
    }
  }, [language])

  return (
    <section aria-labelledby="clerk-follow-ups" className="clerk-panel">
      <h2 id="clerk-follow-ups">{t('followUpsTitle')}</h2>
      {problem && <p className="notice notice-error">{t('failed', { message: problem })}</p>}
      {!followUps && !problem && <p role="status">{t('loading')}</p>}
      {followUps && followUps.length === 0 && <p>{t('followUpsEmpty')}</p>}
      {followUps && followUps.length > 0 && (
        <table className="data-table" data-testid="follow-ups">
          <thead>
            <tr>
              <th scope="col">{t('ticket')}</th>
              <th scope="col">{t('dueDate')}</th>
              <th scope="col">{t('rating')}</th>
              <th scope="col">{t('comment')}</th>
              <th scope="col">{t('followUpStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {followUps.map((f) => (
              <tr key={f.id}>
                <th scope="row">{f.ticketNumber}</th>
                <td>{f.dueDate}</td>
                <td>{ratingText(f.level, language)}</td>
                <td>{f.comment ?? ''}</td>
                <td>{f.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
