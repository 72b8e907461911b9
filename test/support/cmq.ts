/**
 * A TDMQ for CMQ topic push in its JSON format, as CMQ's "HTTP 推送" page shows it: the fields in the
 * page's order, with `msgBody` the message published (here, a CI callback body).
 */
export interface CmqFields {
  readonly TopicOwner?: unknown
  readonly topicName?: unknown
  readonly subscriptionName?: unknown
  readonly msgId?: unknown
  readonly publishTime?: unknown
}

/** The envelope of CMQ's own sample, around `msgBody`, with `fields` replacing its values. */
export const cmqEnvelope = (msgBody: unknown, fields: CmqFields = {}): string =>
  JSON.stringify({
    TopicOwner: 100015036,
    topicName: 'MyTopic',
    subscriptionName: 'mysubscription',
    msgId: '6942316962',
    msgBody,
    publishTime: 11203432,
    ...fields,
  })

/** The headers CMQ sends with a push, in either format. */
export const CMQ_HEADERS = {
  'content-type': 'text/plain',
  'user-agent': 'Qcloud Notification Service Agent',
  'x-cmq-request-id': '2394928734',
  'x-cmq-message-id': '6942316962',
  'x-cmq-message-tag': 'a, b',
} as const
