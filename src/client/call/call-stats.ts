/** What a test or the console wants to know about the media flowing in a call. */
export type CallStats = {
  /** Video frames decoded from the other party so far (grows while their video arrives). */
  framesDecoded: number
  framesReceived: number
  /** Video frames we encoded and sent. */
  framesSent: number
  bytesReceived: number
  bytesSent: number
  /** The selected candidate pair's state, when there is one. */
  candidatePair: string | null
}

/** Reads the figures of a `getStats()` report (summed over streams of each kind). */
export function summariseStats(report: RTCStatsReport): CallStats {
  const stats: CallStats = {
    framesDecoded: 0,
    framesReceived: 0,
    framesSent: 0,
    bytesReceived: 0,
    bytesSent: 0,
    candidatePair: null,
  }
  report.forEach((entry: Record<string, unknown>) => {
    const number = (key: string) => (typeof entry[key] === 'number' ? (entry[key] as number) : 0)
    if (entry.type === 'inbound-rtp') {
      stats.bytesReceived += number('bytesReceived')
      if (entry.kind === 'video') {
        stats.framesDecoded += number('framesDecoded')
        stats.framesReceived += number('framesReceived')
      }
    } else if (entry.type === 'outbound-rtp') {
      stats.bytesSent += number('bytesSent')
      if (entry.kind === 'video') stats.framesSent += number('framesSent') || number('framesEncoded')
    } else if (entry.type === 'candidate-pair' && entry.nominated === true && stats.candidatePair === null) {
      stats.candidatePair = typeof entry.state === 'string' ? entry.state : null
    }
  })
  return stats
}
