-- The public portal (/publik/, /api/public/) shows an intervention's photos only where staff marked them
-- public: a photo may show faces or homes, so publishing it is a decision, never the default. (V28, not
-- V27: another change under way may take V27.)
ALTER TABLE intervention_photo ADD COLUMN public_photo BOOLEAN DEFAULT FALSE NOT NULL;
