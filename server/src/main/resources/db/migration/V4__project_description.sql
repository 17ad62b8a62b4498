-- A project's description: what the project is about, set when it is created and shown to those who check it out.
ALTER TABLE dt_project ADD COLUMN description VARCHAR(2000);
