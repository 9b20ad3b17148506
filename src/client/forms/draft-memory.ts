/**
 * Remembers, in this browser, the resume code of the draft in progress per service (so a reload or a
 * later visit finds it) and the code that goes with a submitted reference (so tracking needs no typing).
 * Only codes are kept; the answers live on the server.
 */
const KEY = 'onehall.drafts'

type Memory = { drafts: Record<string, string>; references: Record<string, string> }

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

function read(): Memory {
  try {
    const parsed = JSON.parse(storage()?.getItem(KEY) ?? '{}') as Partial<Memory>
    return {
      drafts: typeof parsed.drafts === 'object' && parsed.drafts ? parsed.drafts : {},
      references: typeof parsed.references === 'object' && parsed.references ? parsed.references : {},
    }
  } catch {
    return { drafts: {}, references: {} }
  }
}

function write(memory: Memory): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(memory))
  } catch {
    // Full or blocked storage: the resume code on screen still works.
  }
}

export const draftMemory = {
  /** The resume code of this service's draft in progress here, if any. */
  codeFor(serviceId: string): string | null {
    return read().drafts[serviceId] ?? null
  },
  remember(serviceId: string, code: string): void {
    const memory = read()
    memory.drafts[serviceId] = code
    write(memory)
  },
  forget(serviceId: string): void {
    const memory = read()
    delete memory.drafts[serviceId]
    write(memory)
  },
  /** Marks a draft as submitted: it is no longer "in progress", and its reference finds the code. */
  submitted(serviceId: string, code: string, reference: string): void {
    const memory = read()
    if (memory.drafts[serviceId] === code) delete memory.drafts[serviceId]
    memory.references[reference] = code
    write(memory)
  },
  codeForReference(reference: string): string | null {
    return read().references[reference] ?? null
  },
}
