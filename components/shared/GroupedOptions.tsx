/** A select's choices in labelled groups (`<optgroup>`), after the select's own first choice. */
export interface OptionGroup {
  label: string;
  options: readonly { value: string; label: string }[];
}

export function GroupedOptions({ groups }: { groups: readonly OptionGroup[] }) {
  return (
    <>
      {groups.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
