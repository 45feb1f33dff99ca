package id.go.lampungprov.kkb.reports.document;

import java.awt.image.BufferedImage;

/**
 * The issuer's letterhead.
 *
 * @param address may be null
 * @param logo may be null: none uploaded
 */
public record Letterhead(String line1, String line2, String address, BufferedImage logo) {}
