-- The public portal (/publik/, /api/public/) shows an intervention's photos only where staff marked them
-- public: a photo may show faces or homes, so publishing it is a decision, never the default.
ALTER TABLE intervention_photo ADD COLUMN public_photo BOOLEAN DEFAULT FALSE NOT NULL;
