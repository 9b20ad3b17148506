import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_CHAT_LENGTH } from '../../shared/protocol'
import { useClerkCallStore } from './clerk-stores'

/** The id of the chat box (the Alt+C shortcut focuses it). */
export const CHAT_INPUT_ID = 'clerk-chat-input'

/** Text chat beside the video; lines come back from the server as confirmation. */
export function ChatPanel() {
  const { t } = useTranslation('clerk')
  const { chat, phase, actions } = useClerkCallStore()
  const [text, setText] = useState('')
  const send = (event: FormEvent) => {
    event.preventDefault()
    if (actions.sendChat(text)) setText('')
  }
  return (
    <div className="clerk-chat" aria-labelledby="clerk-chat-title" role="group">
      <h3 id="clerk-chat-title">{t('chatTitle')}</h3>
      <ol className="chat-lines" aria-live="polite" data-testid="chat-lines">
        {chat.length === 0 && <li className="field-hint">{t('chatEmpty')}</li>}
        {chat.map((line) => (
          <li key={line.key} className={`chat-line chat-${line.from}`} data-from={line.from}>
            <strong>{line.from === 'clerk' ? t('chatFromClerk') : t('chatFromCitizen')}:</strong> {line.text}
          </li>
        ))}
      </ol>
      {phase !== 'wrap-up' && (
        <form className="chat-form" onSubmit={send}>
          <label className="field-label" htmlFor={CHAT_INPUT_ID}>
            {t('chatLabel')}
          </label>
          <input
            id={CHAT_INPUT_ID}
            className="input"
            value={text}
            maxLength={MAX_CHAT_LENGTH}
            aria-keyshortcuts="Alt+C"
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button">
            {t('chatSend')}
          </button>
        </form>
      )}
    </div>
  )
}
