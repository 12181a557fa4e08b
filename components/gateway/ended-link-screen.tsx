import { MessageScreen } from "./message-screen";

// What a link that no longer works says. Deliberately the same for every request: no business,
// no title, no amount, nothing that tells a stranger holding the link what it was for.

const ENDED = {
  expired: {
    title: "This link has expired",
    body: "For your security, links work for a limited time only. If you still need to respond, ask whoever sent it for a new link.",
  },
  cancelled: {
    title: "This request was cancelled",
    body: "The sender cancelled this request, so there is nothing for you to do. If you think this is a mistake, contact them.",
  },
  finished: {
    title: "This request is complete",
    body: "It has already been answered, so this link no longer opens it. Nothing more is needed from you.",
  },
  unknown: {
    title: "We can't find this link",
    body: "Check that you opened the whole link from your text message: some apps cut long links short. If it still doesn't work, ask the sender for a new one.",
  },
} as const;

export type EndedState = keyof typeof ENDED;

export const EndedLinkScreen = ({ state }: { state: EndedState }) => (
  <MessageScreen title={ENDED[state].title} tone={state === "finished" ? "done" : state === "unknown" ? "info" : "warning"}>
    <p>{ENDED[state].body}</p>
  </MessageScreen>
);
