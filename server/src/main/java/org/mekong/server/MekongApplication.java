package org.mekong.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application behind a node; start it through {@link MekongNode}. */
@SpringBootApplication
public class MekongApplication {}
