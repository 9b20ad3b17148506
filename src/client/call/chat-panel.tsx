import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_CHAT_LENGTH } from '../../shared/protocol'
import type { CallSession } from './call-session'
import { useChatLines } from './use-call'

/** The call's text chat: the lines so far (read out as they arrive) and a box to write one. */
export function ChatPanel({ session, disabled }: { session: CallSession; disabled: boolean }) {
  const { t } = useTranslation('call')
  const lines = useChatLines(session)
  const [text, setText] = useState('')
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (session.chat.say(text)) setText('')
  }
  return (
    <section className="call-chat" aria-labelledby="chat-heading">
      <h2 id="chat-heading">{t('chatHeading')}</h2>
      <ol className="call-chat-log" aria-live="polite" aria-label={t('chatLog')} data-testid="chat-log">
        {lines.length === 0 && <li className="call-chat-empty">{t('chatEmpty')}</li>}
        {lines.map((line) => (
          <li
            key={line.clientId ?? line.id}
            className={`call-chat-line call-chat-${line.from === session.role ? 'mine' : 'theirs'}`}
            data-from={line.from}
            data-status={line.status}
          >
            <span className="call-chat-who">
              {line.from === session.role ? t('chatYou') : t('chatClerk')}
            </span>{' '}
            <span className="call-chat-text">{line.text}</span>
            {line.status === 'pending' && <span className="call-chat-pending"> {t('chatPending')}</span>}
          </li>
        ))}
      </ol>
      <form className="call-chat-form" onSubmit={onSubmit}>
        <label className="field-label" htmlFor="chat-input">
          {t('chatLabel')}
        </label>
        <div className="call-chat-row">
          <input
            id="chat-input"
            className="input"
            value={text}
            maxLength={MAX_CHAT_LENGTH}
            autoComplete="off"
            disabled={disabled}
            onChange={(event) => setText(event.target.value)}
            data-testid="chat-input"
          />
          <button type="submit" className="button button-primary" disabled={disabled || !text.trim()}>
            {t('chatSend')}
          </button>
        </div>
      </form>
    </section>
  )
}
