package id.go.lampungprov.kkb.monitoring.facade;

import id.go.lampungprov.kkb.monitoring.application.InpresRecapService;
import id.go.lampungprov.kkb.monitoring.application.InpresTagging;
import id.go.lampungprov.kkb.monitoring.domain.InpresActivity;
import id.go.lampungprov.kkb.monitoring.domain.InpresCatalogue;
import id.go.lampungprov.kkb.monitoring.domain.InpresRecap;
import id.go.lampungprov.kkb.monitoring.domain.InterventionInpresTags;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.ActivityDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.AreaDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.CatalogueDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.CellDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.ProgrammeDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.RecapDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.RowDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.TagsDto;
import id.go.lampungprov.kkb.monitoring.facade.InpresDtos.TargetDto;
import id.go.lampungprov.kkb.platform.facade.Filters;
import id.go.lampungprov.kkb.platform.rest.Params;
import id.go.lampungprov.kkb.region.domain.RegionCode;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The Inpres catalogue, an intervention's tags and the recap, for the resources and pages. */
@ApplicationScoped
public class InpresFacade {

  @EJB private InpresTagging tagging;
  @EJB private InpresRecapService recaps;

  public CatalogueDto catalogue() {
    InpresCatalogue c = tagging.catalogue();
    return new CatalogueDto(
        c.code(),
        c.title(),
        c.issuedOn(),
        c.source(),
        c.targets().stream()
            .map(
                t ->
                    new TargetDto(
                        t.code(),
                        t.name(),
                        t.programmes().stream()
                            .map(
                                p ->
                                    new ProgrammeDto(
                                        p.code(),
                                        p.name(),
                                        p.activities().stream()
                                            .map(InpresFacade::activity)
                                            .toList()))
                            .toList()))
            .toList());
  }

  public TagsDto tags(long interventionId) {
    return dto(tagging.tags(interventionId));
  }

  public TagsDto tag(long interventionId, Long expectedVersion, List<String> codes) {
    return dto(tagging.tag(interventionId, expectedVersion, codes));
  }

  /** The recap of an area (the caller's scope when blank) and year (this one when blank). */
  public RecapDto recap(String region, String year) {
    InpresRecap r =
        recaps.recap(
            Filters.given(region).map(v -> RegionCode.parse("region", v)),
            Filters.given(year).map(v -> Params.integer("year", v)).orElseGet(recaps::currentYear));
    return new RecapDto(
        r.catalogueCode(),
        r.catalogueTitle(),
        r.areaCode(),
        r.areaName(),
        r.year(),
        r.areas().stream().map(a -> new AreaDto(a.code(), a.name())).toList(),
        r.rows().stream().map(InpresFacade::row).toList(),
        row(r.total()));
  }

  public int currentYear() {
    return recaps.currentYear();
  }

  private static RowDto row(InpresRecap.Row r) {
    return new RowDto(
        r.level().name(),
        r.code(),
        r.name(),
        r.cells().stream().map(InpresFacade::cell).toList(),
        cell(r.total()));
  }

  private static CellDto cell(InpresRecap.Cell c) {
    return new CellDto(c.interventions(), c.kampungKb());
  }

  static ActivityDto activity(InpresActivity a) {
    return new ActivityDto(a.code(), a.name(), a.indicator(), a.responsible());
  }

  private static TagsDto dto(InterventionInpresTags t) {
    return new TagsDto(
        t.interventionId(),
        t.activities().stream().map(InpresFacade::activity).toList(),
        t.taggedBy(),
        t.taggedAt(),
        t.version());
  }
}
