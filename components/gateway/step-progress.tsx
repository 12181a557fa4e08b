import type { Translator } from "@/server/i18n/translator";

/** "Step 2 of 5" with a bar; the bar is a progressbar that says the same in words. */
export const StepProgress = ({
  current,
  total,
  name,
  t,
}: {
  current: number;
  total: number;
  name: string;
  t: Translator;
}) => {
  const percent = Math.round((current / total) * 100);
  return (
    <div className="mt-4">
      <p id="step-progress-label" className="text-sm font-medium text-slate-700">
        {t("gateway.stepOf", { current, total })}
      </p>
      <div
        role="progressbar"
        aria-labelledby="step-progress-label"
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={t("gateway.stepOfNamed", { current, total, name })}
        className="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
};
