import { useEffect, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { applicablePages } from '../../shared/flow/engine'
import { useHall, useLanguage } from '../app/use-hall'
import { draftMemory } from '../forms/draft-memory'
import { FieldInput } from '../forms/field-input'
import { useFormStore } from '../forms/form-store'
import { questionPageViewModel, type FormContext } from '../forms/form-view-model'
import type { CallSession } from './call-session'
import { createCitizenCobrowse, type CitizenCobrowse, type CobrowseView } from './citizen-cobrowse'

const NO_VIEW: CobrowseView = { highlight: null, suggestions: [] }
const AUTOSAVE_MS = 1500

function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value)
}

/** Holds the current co-browse controller as an external store the panel renders from. */
class CobrowseBox {
  private controller: CitizenCobrowse | null = null
  private stop: (() => void) | null = null
  private readonly listeners = new Set<() => void>()
  attach(controller: CitizenCobrowse | null) {
    this.stop?.()
    this.controller = controller
    this.stop = controller?.subscribe(() => this.notify()) ?? null
    this.notify()
  }
  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
  getView = (): CobrowseView => this.controller?.getView() ?? NO_VIEW
  accept = (suggestionId: string) => this.controller?.accept(suggestionId)
  reject = (suggestionId: string) => this.controller?.reject(suggestionId)
  private notify() {
    for (const listener of this.listeners) listener()
  }
}

/** Starts co-browsing once the draft is loaded; the form is sent on every (re)join. */
function useCobrowse(session: CallSession, serviceId: string, ready: boolean) {
  const [box] = useState(() => new CobrowseBox())
  useEffect(() => {
    if (!ready) return
    const form = useFormStore
    const next = createCitizenCobrowse({
      session,
      form: () => ({
        serviceId,
        pageId: form.getState().draft?.pageId ?? null,
        answers: form.getState().answers,
      }),
      subscribeAnswers: (listener) =>
        form.subscribe((state, previous) => {
          if (state.answers !== previous.answers) listener(state.answers)
        }),
      setAnswer: (fieldId, value) => form.getState().actions.setAnswer(fieldId, value),
    })
    // Already in the call when the draft arrived: the join's snapshot went out without us.
    if (['waiting-peer', 'connecting', 'connected'].includes(session.getSnapshot().phase)) next.snapshot()
    box.attach(next)
    return () => {
      next.dispose()
      box.attach(null)
    }
  }, [box, session, serviceId, ready])
  const view = useSyncExternalStore(box.subscribe, box.getView)
  return { view, accept: box.accept, reject: box.reject }
}

/**
 * The ticket's draft application beside the call (co-browsing, citizen side): the same questions and
 * inputs as the form pages, every applicable page at once; what the citizen types goes to the clerk, the
 * clerk's highlight outlines a question, and a suggested correction can be accepted or rejected.
 * The draft is the one this browser keeps for the ticket's service; answers are saved as they change.
 */
export function CobrowsePanel({
  session,
  hallId,
  serviceId,
}: {
  session: CallSession
  hallId: string
  serviceId: string
}) {
  const { t } = useTranslation('call')
  const language = useLanguage()
  const hall = useHall(hallId)
  const draft = useFormStore((s) => s.draft)
  const answers = useFormStore((s) => s.answers)
  const prefilled = useFormStore((s) => s.prefilled)
  const { loadDraft, save } = useFormStore((s) => s.actions)
  const [code] = useState(() => draftMemory.codeFor(serviceId))
  const [loaded, setLoaded] = useState<'loading' | 'none' | 'ready'>('loading')
  const load = code ? loaded : 'none'
  const flow = hall?.services.find((s) => s.id === serviceId)?.flow ?? null

  useEffect(() => {
    if (!code) return
    loadDraft(language, code)
      .then((draft) => setLoaded(draft.serviceId === serviceId ? 'ready' : 'none'))
      .catch(() => setLoaded('none'))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once per service, not per language change
  }, [code, serviceId])

  useEffect(() => {
    if (load !== 'ready') return
    const timer = setTimeout(
      () => void save(language, useFormStore.getState().draft?.pageId ?? null),
      AUTOSAVE_MS,
    )
    return () => clearTimeout(timer)
  }, [answers, load, save, language])

  const { view, accept, reject } = useCobrowse(session, serviceId, load === 'ready')

  let body: React.ReactNode
  if (load === 'loading' || (load === 'ready' && !flow)) body = <p role="status">{t('formLoading')}</p>
  else if (load === 'none' || !flow || !draft) body = <p>{t('noDraft')}</p>
  else {
    const ctx: FormContext = { serviceId, hallId, flow, answers, language, errors: [], prefilled }
    body = applicablePages(flow, answers).map((page) => {
      const model = questionPageViewModel(ctx, page.id)
      if (!model) return null
      return (
        <section key={page.id} className="cobrowse-page" aria-label={model.title}>
          <h3>{model.title}</h3>
          {model.fields.map((field) => {
            const suggestion = view.suggestions.find((s) => s.fieldId === field.id)
            const highlighted = view.highlight === field.id
            return (
              <div
                key={field.id}
                className={highlighted ? 'cobrowse-field is-highlighted' : 'cobrowse-field'}
                data-cobrowse-field={field.id}
                data-highlighted={highlighted}
              >
                {highlighted && <p className="cobrowse-pointer">{t('highlighted')}</p>}
                <FieldInput field={field} language={language} />
                {suggestion && (
                  <div className="cobrowse-suggestion" role="alert" data-testid="suggestion">
                    <p>{t('suggestion', { value: shown(suggestion.value) })}</p>
                    {suggestion.note && <p className="field-hint">{suggestion.note}</p>}
                    <div className="button-row">
                      <button
                        type="button"
                        className="button button-primary"
                        onClick={() => accept(suggestion.suggestionId)}
                      >
                        {t('accept')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        onClick={() => reject(suggestion.suggestionId)}
                      >
                        {t('reject')}
                      </button>
                    </div>
                  </div>
                )}
              </div>
            )
          })}
        </section>
      )
    })
  }

  return (
    <section className="call-cobrowse" aria-labelledby="cobrowse-heading" data-testid="cobrowse-panel">
      <h2 id="cobrowse-heading">{t('formHeading')}</h2>
      <p className="field-hint">{t('formIntro')}</p>
      {body}
    </section>
  )
}
