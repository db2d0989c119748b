plugins {
    java
    application
}

java {
    toolchain { languageVersion.set(JavaLanguageVersion.of(21)) }
}

dependencies {
    implementation("org.postgresql:postgresql:42.7.4")
}

application {
    mainClass.set("com.acme.ledger.Main")
}
