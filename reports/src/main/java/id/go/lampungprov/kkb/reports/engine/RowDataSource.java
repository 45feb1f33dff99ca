package id.go.lampungprov.kkb.reports.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/**
 * The rows of a template, or of a chart in it: records read by their components, other rows as
 * JavaBeans. JasperReports reads fields through bean getters only (commons-beanutils), which a
 * record does not have; the template's field names are the record's component names.
 */
final class RowDataSource extends JRBeanCollectionDataSource {

  RowDataSource(Collection<?> rows) {
    super(rows);
  }

  @Override
  protected Object getFieldValue(Object row, JRField field) throws JRException {
    if (!(row instanceof Record)) {
      return super.getFieldValue(row, field);
    }
    String name = getPropertyName(field);
    for (RecordComponent component : row.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        try {
          return component.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new JRException("cannot read " + name + " of " + row.getClass().getName(), e);
        }
      }
    }
    throw new JRException(row.getClass().getName() + " has no component " + name);
  }

  /** A chart or subreport that reads the rows again gets a copy that still reads records. */
  @Override
  public RowDataSource cloneDataSource() {
    return new RowDataSource(getData());
  }
}
