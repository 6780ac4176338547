// Renderer: messages for the translator. Errors stay until dismissed so a reason is never missed.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** A button in the message that takes back what it reports ("Undo"). */
export interface NoticeAction {
  label: string;
  run(): void;
}

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
  action?: NoticeAction;
}

interface NoticeApi {
  notify(tone: Notice['tone'], text: string, options?: { action?: NoticeAction }): void;
}

/** How long an info message stays; one with an Undo stays longer, to give the hand time to reach it. */
const INFO_MS = 5000;
const INFO_WITH_ACTION_MS = 10_000;

const NoticeContext = createContext<NoticeApi | null>(null);
let nextNoticeId = 1;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((notice) => notice.id !== id)), []);
  const notify = useCallback(
    (tone: Notice['tone'], text: string, options?: { action?: NoticeAction }) => {
      const id = nextNoticeId++;
      const action = options?.action;
      setNotices((all) => [...all.slice(-4), { id, tone, text, ...(action ? { action } : {}) }]);
      if (tone === 'info') setTimeout(() => dismiss(id), action ? INFO_WITH_ACTION_MS : INFO_MS);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ notify }), [notify]);
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices" aria-live="polite">
        {notices.map((notice) => (
          <div key={notice.id} className="notice" data-tone={notice.tone} role={notice.tone === 'error' ? 'alert' : 'status'}>
            <p>{notice.text}</p>
            {notice.action ? (
              <button
                type="button"
                className="notice-action"
                onClick={() => {
                  dismiss(notice.id);
                  notice.action?.run();
                }}
              >
                {notice.action.label}
              </button>
            ) : null}
            <button type="button" aria-label="Dismiss message" onClick={() => dismiss(notice.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotices must be used inside <NoticeProvider>');
  return api;
}
