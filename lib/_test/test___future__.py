"""__future__: feature records and their accessors."""
MODULE = '__future__'


def run(t):
    t.same('all_feature_names', lambda m: m.all_feature_names)
    for name in ['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
                 'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']:
        t.same(name, lambda m: (repr(getattr(m, name)), getattr(m, name).getOptionalRelease(),
                                getattr(m, name).getMandatoryRelease(), getattr(m, name).compiler_flag))
    t.same('CO_FUTURE_ANNOTATIONS', lambda m: m.CO_FUTURE_ANNOTATIONS)
