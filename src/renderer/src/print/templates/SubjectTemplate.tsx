/** @jsxRuntime automatic */
import type { SubjectPrintView } from '../../../../shared/domain/pdpa';

/**
 * The readable copy of everything held about one person (PDPA s.30), on A4 portrait pages
 * (`subject`). The core composed every string in Thai with พ.ศ. dates; this only lays them out:
 * the title, each section's heading and, per record, its fields as a two-column table.
 */
export function SubjectTemplate({ view }: { view: SubjectPrintView }) {
  return (
    <div className="pd-document pd-subject" lang="th">
      <h1 className="pd-subject-title">{view.title}</h1>
      <p className="pd-subject-person">{view.personName}</p>
      <p>{view.preparedOn}</p>
      {view.sections.map((section) => (
        <section key={section.heading}>
          <h2 className="pd-subject-heading">
            {section.heading} ({section.records.length})
          </h2>
          {section.records.map((record, index) => (
            <table key={index} className="pd-subject-record">
              <tbody>
                {record.map((field, fieldIndex) => (
                  <tr key={fieldIndex}>
                    <th scope="row">{field.label}</th>
                    <td>{field.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </section>
      ))}
    </div>
  );
}
