package id.go.lampungprov.kkb.reporting.web;

import id.go.lampungprov.kkb.assessment.web.EvidenceDownloadResource;
import id.go.lampungprov.kkb.platform.rest.ConstraintViolationMapper;
import id.go.lampungprov.kkb.platform.rest.ThrowableMapper;
import id.go.lampungprov.kkb.registration.web.PhotoDownloadResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The files the staff pages link to (PDFs, XLSX, photos, evidence), at {@code /unduh}: JAX-RS, as
 * the API, but authenticated by the page login's session, which {@code /api} never accepts. Only
 * GET, so a forged link can start a download and nothing else. Here, in the context that builds on
 * all those it serves files of (registration's photos, assessment's evidence), because {@code
 * platform} builds on no context.
 */
@ApplicationPath("unduh")
public class DownloadApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        DownloadResource.class,
        PhotoDownloadResource.class,
        EvidenceDownloadResource.class,
        ThrowableMapper.class,
        ConstraintViolationMapper.class);
  }

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
  }
}
