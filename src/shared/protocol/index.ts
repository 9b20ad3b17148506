export * from './common'
export * from './client-messages'
export * from './server-messages'
export * from './parse'
