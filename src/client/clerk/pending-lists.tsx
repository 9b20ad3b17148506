import { useTranslation } from 'react-i18next'
import { useLanguage } from '../app/use-hall'
import { dateTimeText } from '../account/status-text'
import type { Hall } from '../../shared/scene/schema'
import { useClerkQueueStore } from './clerk-stores'

/** Callback requests and appointments left for the clerk's departments while nobody was on duty. */
export function PendingLists({ hall }: { hall: Hall | null }) {
  const { t } = useTranslation('clerk')
  const language = useLanguage()
  const { callbacks, appointments } = useClerkQueueStore((s) => s.model)
  const departmentName = (id: string) => hall?.departments.find((d) => d.id === id)?.name[language] ?? id
  const slotText = (start: number | string) =>
    dateTimeText(typeof start === 'number' ? new Date(start).toISOString() : start, language)

  return (
    <>
      <section aria-labelledby="clerk-callbacks" className="clerk-panel">
        <h2 id="clerk-callbacks">{t('callbacksTitle')}</h2>
        {callbacks.length === 0 ? (
          <p>{t('callbacksEmpty')}</p>
        ) : (
          <table className="data-table" data-testid="callbacks">
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('phone')}</th>
                <th scope="col">{t('preferred')}</th>
                <th scope="col">{t('department')}</th>
              </tr>
            </thead>
            <tbody>
              {callbacks.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{c.phone}</td>
                  <td>
                    {c.preferredDay} {t(`part_${c.preferredPart}`)}
                  </td>
                  <td>{departmentName(c.departmentId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="clerk-appointments" className="clerk-panel">
        <h2 id="clerk-appointments">{t('appointmentsTitle')}</h2>
        {appointments.length === 0 ? (
          <p>{t('appointmentsEmpty')}</p>
        ) : (
          <table className="data-table" data-testid="appointments">
            <thead>
              <tr>
                <th scope="col">{t('slot')}</th>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('phone')}</th>
                <th scope="col">{t('department')}</th>
              </tr>
            </thead>
            <tbody>
              {appointments.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{slotText(a.slotStart)}</th>
                  <td>{a.name}</td>
                  <td>{a.phone}</td>
                  <td>{departmentName(a.departmentId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  )
}
