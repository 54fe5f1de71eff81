package org.bedsideneuro.ui.trend;

/** The shared time axis in pixels: x (epoch day plus fraction) from {@code xFrom} to {@code xTo} over {@code width}. */
record LaneScale(double xFrom, double xTo, double width) {

    double px(double x) {
        return (x - xFrom) / (xTo - xFrom) * width;
    }

    double x(double px) {
        return xFrom + px / width * (xTo - xFrom);
    }

    double pxPerDay() {
        return width / (xTo - xFrom);
    }
}
