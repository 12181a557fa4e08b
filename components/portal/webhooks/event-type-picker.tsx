"use client";

import { EVENT_DESCRIPTIONS, SUBSCRIBABLE_EVENT_TYPES } from "@/server/contracts/webhooks/event-payloads";

type EventType = (typeof SUBSCRIBABLE_EVENT_TYPES)[number];

/** Every type (an empty list, which also covers types added later), or the types ticked from the catalog. */
export const EventTypePicker = ({
  value,
  onChange,
  every,
  onEveryChange,
  error,
}: {
  value: EventType[];
  onChange: (next: EventType[]) => void;
  every: boolean;
  onEveryChange: (every: boolean) => void;
  error?: string;
}) => (
  <fieldset className="space-y-2" aria-describedby={error ? "event-types-message" : undefined}>
    <legend className="text-sm font-medium text-slate-800">Events</legend>
    <label className="flex items-center gap-2 text-sm text-slate-800">
      <input
        type="radio"
        name="event-scope"
        checked={every}
        onChange={() => onEveryChange(true)}
        className="size-4 accent-brand-600"
      />
      Every event type, including types added later
    </label>
    <label className="flex items-center gap-2 text-sm text-slate-800">
      <input
        type="radio"
        name="event-scope"
        checked={!every}
        onChange={() => onEveryChange(false)}
        className="size-4 accent-brand-600"
      />
      Only the types I pick
    </label>
    {every ? null : (
      <div className="max-h-64 space-y-2 overflow-y-auto rounded-md border border-slate-200 p-3">
        {SUBSCRIBABLE_EVENT_TYPES.map((type) => (
          <label key={type} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              checked={value.includes(type)}
              onChange={(event) =>
                onChange(event.target.checked ? [...value, type] : value.filter((item) => item !== type))
              }
              className="mt-0.5 size-4 shrink-0 accent-brand-600"
            />
            <span>
              <span className="block font-mono text-xs font-medium text-slate-900">{type}</span>
              <span className="block text-slate-600">{EVENT_DESCRIPTIONS[type]}</span>
            </span>
          </label>
        ))}
      </div>
    )}
    {error ? (
      <p id="event-types-message" className="text-sm text-red-700">
        {error}
      </p>
    ) : null}
  </fieldset>
);
