// The stored columns that hold what people wrote, each the associated data its values are sealed with.
export const sealedColumns = {
  snapshot: 'conversations.snapshot',
  replies: 'processed_activities.replies',
  record: 'records.data',
  note: 'review_notes.text',
  /** Alerts hold ids and levels only, but replies kept for a channel that was down hold what the bot said back. */
  payload: 'outbox.payload',
} as const;
