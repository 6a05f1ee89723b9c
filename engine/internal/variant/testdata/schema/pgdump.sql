SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.parent (
    id integer NOT NULL,
    name character varying(50)
);
ALTER TABLE public.parent OWNER TO postgres;
CREATE SEQUENCE public.parent_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.parent_id_seq OWNED BY public.parent.id;
CREATE TABLE public.child (
    id integer NOT NULL,
    parent_id integer,
    note text DEFAULT ''::text,
    price numeric(10,2),
    created timestamp without time zone DEFAULT now()
);
ALTER TABLE ONLY public.parent ALTER COLUMN id SET DEFAULT nextval('public.parent_id_seq'::regclass);
COPY public.parent (id, name) FROM stdin;
1	a
2	b
\.
ALTER TABLE ONLY public.parent ADD CONSTRAINT parent_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.child ADD CONSTRAINT child_pkey PRIMARY KEY (id);
CREATE INDEX ix_child_parent_id ON public.child USING btree (parent_id);
ALTER TABLE ONLY public.child
    ADD CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.parent(id) ON DELETE CASCADE;
