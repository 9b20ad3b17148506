import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TaskViewModel } from './form-view-model'

/** The sections of a long application with their status (GOV.UK task list), beside the questions. */
export function TaskOverview({
  tasks,
  onLinkClick,
}: {
  tasks: TaskViewModel[]
  onLinkClick: (event: MouseEvent<HTMLAnchorElement>) => void
}) {
  const { t } = useTranslation('forms')
  if (tasks.length === 0) return null
  return (
    <nav className="task-overview" aria-label={t('sections')}>
      <h2 className="task-overview-title">{t('sections')}</h2>
      <ol className="task-list">
        {tasks.map((task) => (
          <li key={task.id} className="task">
            {task.href ? (
              <a href={task.href} onClick={onLinkClick}>
                {task.title}
              </a>
            ) : (
              task.title
            )}
            <span className={`task-status task-status-${task.status}`}>{task.statusText}</span>
          </li>
        ))}
      </ol>
    </nav>
  )
}
