// A radio group in a <fieldset>: the legend is its accessible name (getByRole('radio', { name })).

/** Props: legend, the options, the chosen one and the change handler. */
export interface ChoiceGroupProps<T extends string> {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly T[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly labelOf?: (value: T) => string;
}

/** Radio buttons for a small closed set of choices. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  labelOf,
}: ChoiceGroupProps<T>) {
  return (
    <fieldset className="field choice-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="choice">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {labelOf ? labelOf(option) : option}
        </label>
      ))}
    </fieldset>
  );
}
