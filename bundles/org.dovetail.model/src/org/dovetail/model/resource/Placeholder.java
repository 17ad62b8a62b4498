package org.dovetail.model.resource;
class Placeholder {}
