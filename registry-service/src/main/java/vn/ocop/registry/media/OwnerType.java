package vn.ocop.registry.media;

/** What an image illustrates. */
public enum OwnerType { PRODUCT, PRODUCER }
