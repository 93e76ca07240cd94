package org.chainmap.io.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * An {@code .xlsx} is read without XMLBeans, POI's binding of the whole OOXML schema: loading it (its type system,
 * at the first rich-text string or styles table) cost a 10,000-row ledger's import more than a second of its 3.
 * Nor through POI's package ({@code OPCPackage}), which loads Commons Compress, Commons IO and Log4j, a few hundred
 * classes more. The read runs in a class loader of its own, which loads ChainMap, POI, XMLBeans, Commons and Log4j
 * afresh and notes every class.
 */
class XlsxClassesTest {

    @TempDir
    Path dir;

    /** Loads the packages named first itself, from {@code urls}, and notes what it loads; the rest from its parent. */
    private static final class NotingLoader extends URLClassLoader {
        private static final List<String> OWN = List.of(
                "org.chainmap.",
                "org.apache.poi.",
                "org.apache.xmlbeans.",
                "org.openxmlformats.",
                "org.apache.commons.",
                "org.apache.logging.");
        final Set<String> loaded = ConcurrentHashMap.newKeySet();

        NotingLoader(URL[] urls) {
            super(urls, XlsxClassesTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (OWN.stream().noneMatch(name::startsWith)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> found = findLoadedClass(name);
                if (found == null) {
                    found = findClass(name);
                    loaded.add(name);
                }
                return found;
            }
        }
    }

    private static URL whereIs(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    @Test
    void aWorkbookIsReadWithoutLoadingXmlBeans() throws Exception {
        Path file = dir.resolve("台账.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle iso = workbook.createCellStyle();
            iso.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet firms = workbook.createSheet("企业");
            Row header = firms.createRow(0);
            header.createCell(0).setCellValue("企业名称");
            header.createCell(1).setCellValue("核实日期");
            Row row = firms.createRow(1);
            XSSFRichTextString rich = new XSSFRichTextString("衡阳电工");
            rich.applyFont(0, 2, workbook.createFont());
            row.createCell(0).setCellValue(rich);
            row.createCell(1).setCellValue(LocalDate.of(2024, 5, 31));
            row.getCell(1).setCellStyle(iso);
            workbook.write(out);
        }
        List<URL> urls = new ArrayList<>();
        for (Class<?> type : List.of(
                WorkbookReader.class,
                org.apache.poi.ss.usermodel.DateUtil.class,
                OPCPackage.class,
                CTRst.class,
                XmlObject.class,
                org.apache.commons.compress.archivers.zip.ZipFile.class,
                org.apache.commons.io.IOUtils.class,
                org.apache.logging.log4j.LogManager.class)) {
            urls.add(whereIs(type));
        }
        try (NotingLoader loader = new NotingLoader(urls.toArray(URL[]::new))) {
            Class<?> reader = loader.loadClass(WorkbookReader.class.getName());
            Method read = reader.getDeclaredMethod("read", File.class);
            read.setAccessible(true);

            List<?> tables = (List<?>) read.invoke(null, file.toFile());

            assertThat(tables.toString()).contains("衡阳电工", "2024-05-31");
            assertThat(loader.loaded).contains(WorkbookReader.class.getName(), XlsxPackage.class.getName());
            assertThat(loader.loaded)
                    .filteredOn(name -> name.startsWith("org.apache.xmlbeans.")
                            || name.startsWith("org.openxmlformats.")
                            || name.startsWith("org.apache.poi.openxml4j.")
                            || name.startsWith("org.apache.commons.")
                            || name.startsWith("org.apache.logging."))
                    .isEmpty();
        }
    }
}
