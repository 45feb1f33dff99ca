-- The Kemendagri administrative hierarchy, loaded from the bundled gazetteer (ODbL).
CREATE TABLE region (
    code         VARCHAR(13)  NOT NULL,
    name         VARCHAR(120) NOT NULL,
    region_level VARCHAR(10)  NOT NULL,
    parent_code  VARCHAR(13),
    village_type VARCHAR(10),
    CONSTRAINT region_pk PRIMARY KEY (code),
    CONSTRAINT region_parent_fk FOREIGN KEY (parent_code) REFERENCES region (code),
    CONSTRAINT region_level_ck CHECK (region_level IN ('PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE')),
    CONSTRAINT region_village_type_ck CHECK (village_type IS NULL OR village_type IN ('DESA', 'KELURAHAN'))
);

CREATE INDEX region_parent_ix ON region (parent_code);

-- Which provinces are loaded, and from which version of the code set: codes change when regions split.
CREATE TABLE region_dataset (
    province_code VARCHAR(2)   NOT NULL,
    source        VARCHAR(100) NOT NULL,
    region_count  INTEGER      NOT NULL,
    loaded_at     TIMESTAMP    NOT NULL,
    CONSTRAINT region_dataset_pk PRIMARY KEY (province_code)
);
