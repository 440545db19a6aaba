package io.activations.client.testing;

/** The generated model class of a component schema. */
public final class ModelClasses {

    private static final String MODEL_PACKAGE = "io.activations.client.model";
    private static final String SCHEMAS = "#/components/schemas/";

    private ModelClasses() {
    }

    /** For {@code #/components/schemas/ActivationOutput}: {@code io.activations.client.model.ActivationOutput}. */
    public static Class<?> forSchemaRef(String schemaRef) {
        if (!schemaRef.startsWith(SCHEMAS)) {
            throw new AssertionError("not a component schema: " + schemaRef);
        }
        String name = MODEL_PACKAGE + "." + schemaRef.substring(SCHEMAS.length());
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no generated model " + name + " for " + schemaRef, e);
        }
    }
}
