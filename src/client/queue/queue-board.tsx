import { useTranslation } from 'react-i18next'
import { useQueueBoard } from './board-store'
import '../styles/queue.css'

/** How many called numbers the 2D board lists (the newest first). */
const CALLED_SHOWN = 8

/**
 * The hall's queue board as an accessible section of the 2D mode: the latest numbers called and their
 * windows, and how many wait per department, live. The newest call is also said in a polite live region,
 * once, the way the hall's loudspeaker would.
 */
export function QueueBoard({
  hallId,
  departments,
}: {
  hallId: string
  departments: readonly { id: string; name: string }[]
}) {
  const { t } = useTranslation('queue')
  const board = useQueueBoard(hallId)
  const nameOf = (id: string) => departments.find((d) => d.id === id)?.name ?? id
  const latest = board?.called[0]
  const waiting = board
    ? departments.map((d) => ({
        ...d,
        count: board.waiting.find((w) => w.departmentId === d.id)?.count ?? 0,
      }))
    : []
  return (
    <section className="queue-board" aria-labelledby="queue-board-heading" data-testid="queue-board">
      <h2 id="queue-board-heading">{t('boardHeading')}</h2>
      <p className="visually-hidden" aria-live="polite" data-testid="queue-board-announcement">
        {latest ? t('boardAnnounce', { number: latest.number, counter: latest.counterNumber }) : ''}
      </p>
      {!board ? (
        <p>{t('boardLoading')}</p>
      ) : (
        <div className="queue-board-lists">
          <div>
            <h3>{t('boardCalled')}</h3>
            {board.called.length === 0 ? (
              <p>{t('boardNothingCalled')}</p>
            ) : (
              <table data-testid="queue-board-called">
                <thead>
                  <tr>
                    <th scope="col">{t('boardNumber')}</th>
                    <th scope="col">{t('boardWindow')}</th>
                    <th scope="col">{t('boardDepartment')}</th>
                  </tr>
                </thead>
                <tbody>
                  {board.called.slice(0, CALLED_SHOWN).map((call) => (
                    <tr key={`${call.number}:${call.calledAt}`} data-number={call.number}>
                      <td className="board-number">{call.number}</td>
                      <td>{call.counterNumber}</td>
                      <td>{nameOf(call.departmentId)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
          <div>
            <h3>{t('boardWaiting')}</h3>
            <table data-testid="queue-board-waiting">
              <thead>
                <tr>
                  <th scope="col">{t('boardDepartment')}</th>
                  <th scope="col">{t('boardWaiting')}</th>
                </tr>
              </thead>
              <tbody>
                {waiting.map((row) => (
                  <tr key={row.id} data-department-id={row.id} data-count={row.count}>
                    <td>{row.name}</td>
                    <td>{row.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  )
}
