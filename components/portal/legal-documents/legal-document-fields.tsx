"use client";

import { FieldMessage } from "@/components/ui/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

type Values = { title: string; content: string };

/** The title and text of a document version, with messages as you type. */
export const LegalDocumentFields = ({
  values,
  errors,
  onChange,
}: {
  values: Values;
  errors: Record<string, string>;
  onChange: (patch: Partial<Values>) => void;
}) => (
  <>
    <div className="space-y-1.5">
      <Label htmlFor="document-title">Title</Label>
      <Input
        id="document-title"
        value={values.title}
        maxLength={200}
        onChange={(e) => onChange({ title: e.target.value })}
        aria-invalid={errors.title ? true : undefined}
        aria-describedby="document-title-message"
      />
      <FieldMessage
        id="document-title-message"
        error={errors.title}
        help="Customers see it above the text and next to the box they tick."
      />
    </div>
    <div className="space-y-1.5">
      <Label htmlFor="document-content">Text</Label>
      <Textarea
        id="document-content"
        rows={10}
        value={values.content}
        onChange={(e) => onChange({ content: e.target.value })}
        aria-invalid={errors.content ? true : undefined}
        aria-describedby="document-content-message"
      />
      <FieldMessage
        id="document-content-message"
        error={errors.content}
        help="Plain text; blank lines separate paragraphs, as customers will see them."
      />
    </div>
  </>
);
