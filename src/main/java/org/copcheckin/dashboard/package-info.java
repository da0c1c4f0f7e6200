/**
 * The facilitator dashboard: a signed, expiring link ({@code /cop dashboard}) to a server-rendered page of a
 * community's published trends, participation, pairing and eco-map, with charts drawn as SVG on the server.
 */
package org.copcheckin.dashboard;
