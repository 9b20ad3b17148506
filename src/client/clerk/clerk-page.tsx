import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useDocumentTitle, useHall, useLanguage } from '../app/use-hall'
import { CallPanel } from './call-panel'
import { useClerkSessionStore } from './clerk-stores'
import { CobrowsePanel } from './cobrowse-panel'
import { ConsoleHeader } from './console-header'
import { ContextPanel } from './context-panel'
import { FollowUpsPanel } from './follow-ups-panel'
import { PendingLists } from './pending-lists'
import { QueuePanel } from './queue-panel'
import { ShortcutList } from './shortcut-list'
import { SignInForm } from './sign-in-form'
import { useCallRestore, useQueueFollowing, useShortcuts } from './use-console-effects'
import { WrapUpForm } from './wrap-up-form'
import { PreferenceControls } from '../ui/preference-controls'
import '../styles/forms.css'
import './clerk.css'

/** The desk: queue on the left, the call in the middle, the citizen's context and form on the right. */
function Desk({ hallId }: { hallId: string }) {
  const hall = useHall(hallId)
  const clerk = useClerkSessionStore((s) => s.clerk)
  if (!clerk) return null
  return (
    <div className="clerk-desk">
      <div className="clerk-column clerk-column-queue">
        <QueuePanel clerk={clerk} hall={hall} />
        <PendingLists hall={hall} />
        {clerk.isSupervisor && <FollowUpsPanel />}
      </div>
      <div className="clerk-column clerk-column-call">
        <CallPanel />
        <WrapUpForm />
        <ShortcutList />
      </div>
      <div className="clerk-column clerk-column-context">
        <ContextPanel hall={hall} />
        <CobrowsePanel hall={hall} />
      </div>
    </div>
  )
}

/** `/clerk`: the clerk console (sign-in, then the desk). */
export function ClerkPage() {
  const { t } = useTranslation('clerk')
  const { t: tc } = useTranslation()
  const language = useLanguage()
  const { status, clerk, error, actions } = useClerkSessionStore()
  useDocumentTitle(`${t('title')} · OneHall`)
  useEffect(() => {
    void actions.check(language)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per visit
  }, [])
  useQueueFollowing(clerk)
  useCallRestore(status === 'signed-in' ? clerk?.id : undefined)
  useShortcuts(status === 'signed-in')

  return (
    <div className="text-page form-page clerk-page">
      <a className="skip-link" href="#main">
        {tc('skipToContent')}
      </a>
      <header className="site-header clerk-header">
        <p className="site-name">{t('title')}</p>
        {clerk && status === 'signed-in' ? <ConsoleHeader clerk={clerk} /> : <PreferenceControls />}
      </header>
      <main id="main" className="text-main clerk-main" tabIndex={-1}>
        {error && (
          <p className="notice notice-error" role="alert">
            {t('failed', { message: error })}
          </p>
        )}
        {status === 'checking' && <p role="status">{t('loading')}</p>}
        {status === 'signed-out' && <SignInForm />}
        {status === 'signed-in' && clerk && (
          <>
            <h1 className="visually-hidden">{t('title')}</h1>
            <Desk hallId={clerk.hallId} />
          </>
        )}
      </main>
    </div>
  )
}
