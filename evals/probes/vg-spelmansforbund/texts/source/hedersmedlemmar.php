<?php include "head.php"; ?>
    <body>
        <div id="wrap">
            <?php include "meny.php" ?>
            <div id="left">
                <h2>Hedersmedlemmar</h2>
                <table class="info">
                    <tr>
                        <th>
                            
                                År:
                            
                        </th>
                        <th>
                            
                                Namn:
                            
                        </th>
                        <th>
                            
                                Levnadsår:
                            
                        </th>
                    </tr>
                    <tr>
                        <td>
                            
                                1969
                            
                        </td>
                        <td>
                            
                                Filip Engkvist, Skövde
                            
                        </td>
                        <td>
                            
                                1908 - 1995
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1974
                            
                        </td>
                        <td>
                            
                                Anton Niklasson, Bollebygd
                            
                        </td>
                        <td>
                            
                                1898 - 1975
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1974
                            
                        </td>
                        <td>
                            
                                Torsten Edlund, Borås
                            
                        </td>
                        <td>
                            
                                1905 - 1974
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1974
                            
                        </td>
                        <td>
                            
                                Ernst Hassel,   Hasslerör
                            
                        </td>
                        <td>
                            
                                1897 - 1986
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1974
                            
                        </td>
                        <td>
                            
                                Nils Stålberg, Vindeln
                            
                        </td>
                        <td>
                            
                                1900 - 1969
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1974
                            
                        </td>
                        <td>
                            
                                Tore Brissman,  Tibro
                            
                        </td>
                        <td>
                            
                                1914 - 1992
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1978
                            
                        </td>
                        <td>
                            
                                Arne Ahlén, Skövde
                            
                        </td>
                        <td>
                            
                                1904 - 1991
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1989
                            
                        </td>
                        <td>
                            
                                Olof Andersson, Karlsborg 
                            
                        </td>
                        <td>
                            
                                1906 - 1995
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1989
                            
                        </td>
                        <td>
                            
                                Artur Falk, Varnhem
                            
                        </td>
                        <td>
                            
                                1910 - 1994
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1989
                            
                        </td>
                        <td>
                            
                                Olof Hultman, Axvall
                            
                        </td>
                        <td>
                            
                                1922 - 1999
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1989
                            
                        </td>
                        <td>
                            
                                Lars Landegren, Borås
                            
                        </td>
                        <td>
                            
                                1918 - 2009
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1991
                            
                        </td>
                        <td>
                            
                                Rune Blomberg,  Tidaholm
                            
                        </td>
                        <td>
                            
                                1926 
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1992
                            
                        </td>
                        <td>
                            
                                Sven Ingvar Heij, Mariestad
                            
                        </td>
                        <td>
                            
                                1921 
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1995
                            
                        </td>
                        <td>
                            
                                Martin Sandelius, Åmål
                            
                        </td>
                        <td>
                            
                                1917 - 2000
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1995
                            
                        </td>
                        <td>
                            
                                Yngve Carlsson, Skene
                            
                        </td>
                        <td>
                            
                                1909 -  1998
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1995
                            
                        </td>
                        <td>
                            
                                Åke Andersson,  Fjärås
                            
                        </td>
                        <td>
                            
                                1916 - 1997
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1995
                            
                        </td>
                        <td>
                            
                                Allan Thörnqvist, Tumleberg
                            
                        </td>
                        <td>
                            
                                1914 - 2000
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                1998
                            
                        </td>
                        <td>
                            
                                Ivar Johansson, Bredsäter
                            
                        </td>
                        <td>
                            
                                1918 - 2006
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2000
                            
                        </td>
                        <td>
                            
                                Ingemar Blomgren, Skövde
                            
                        </td>
                        <td>
                            
                                1915 
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2000
                            
                        </td>
                        <td>
                            
                                Lars Buller, Alingsås
                            
                        </td>
                        <td>
                            
                                1930 - 2011
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2000
                            
                        </td>
                        <td>
                            
                                Daniel Gullström, Lidköping
                            
                        </td>
                        <td>
                            
                                1916 - 2003
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2000
                            
                        </td>
                        <td>
                            
                                Gustav Johansson, Mariestad
                            
                        </td>
                        <td>
                            
                                1909 - 2002
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2000
                            
                        </td>
                        <td>
                            
                                Gustav Carlsson, Mjöbäck
                            
                        </td>
                        <td>
                            
                                1913 - 2007
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2000
                            
                        </td>
                        <td>
                            
                                Ingvar Jansson, Älgarås
                            
                        </td>
                        <td>
                            
                                1922 - 2010
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2000
                            
                        </td>
                        <td>
                            
                                Sven Olof Ohlsson,  Lilla Edet
                            
                        </td>
                        <td>
                            
                                1930 
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2000
                            
                        </td>
                        <td>
                            
                                Ernfrid Johansson, Skara
                            
                        </td>
                        <td>
                            
                                1910 - 2000
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2000
                            
                        </td>
                        <td>
                            
                                Ingemar Svensson, Tidan
                            
                        </td>
                        <td>
                            
                                1921 - 2004
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2000
                            
                        </td>
                        <td>
                            
                                Karl Erik Göransson, Skara
                            
                        </td>
                        <td>
                            
                                1909 - 2000
                            
                        </td>
                    </tr>
                    <tr>
                        <td>2001</td>
                        <td>Erik Larsson, Kristinehamn</td>
                        <td>1916 - 2012</td>
                    </tr>
                    <tr>
                        <td>2001</td>
                        <td>Knut Gustafsson, Alingsås</td>
                        <td>1916 - 2012</td>
                    </tr>
                    <tr>
                        <td>2001</td>
                        <td>Tord Johansson, Bällefors</td>
                        <td>1935 - </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2003
                            
                        </td>
                        <td>
                            
                                Bo Nordgren, Skövde
                            
                        </td>
                        <td>
                            
                                1927 
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2004
                            
                        </td>
                        <td>
                            
                                Sten Johansson, Töreboda
                            
                        </td>
                        <td>
                            
                                1929 - 2005
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2006
                            
                        </td>
                        <td>
                            
                                Gunnel Johansson, Hjo
                            
                        </td>
                        <td>
                            
                                1954 
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2006
                            
                        </td>
                        <td>
                            
                                Arne Elmgren, Torestorp
                            
                        </td>
                        <td>
                            
                                1941 
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2006
                            
                        </td>
                        <td>
                            
                                Egon Andersson, Lidköping
                            
                        </td>
                        <td>
                            
                                1936 - 2013
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2009
                            
                        </td>
                        <td>
                            
                                Anita Widell, Borås
                            
                        </td>
                        <td>
                            
                                1946 
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2009
                            
                        </td>
                        <td>
                            
                                Roland Widell, Borås
                            
                        </td>
                        <td>
                            
                                1926 - 2013
                            
                        </td>
                    </tr>
                    <tr>
                        <td>
                            
                                2009
                            
                        </td>
                        <td>
                            
                                Tage Larsson, Skövde
                            
                        </td>
                        <td>
                            
                                1922 - 2012
                            
                        </td>
                    </tr>
                     <tr>
                        <td>
                            
                                2013
                            
                        </td>
                        <td>
                            
                                Carl-Magnus Bengtegård, Vara
                            
                        </td>
                        <td>
                            
                                1946
                            
                        </td>
                    </tr>
                     <tr>
                        <td>
                            
                                2014
                            
                        </td>
                        <td>
                            
                                Anders Brissman, Tibro
                            
                        </td>
                        <td>
                            
                                
                            
                        </td>
                    </tr>
                    
                    
                </table>
               
            </div>
<?php include "right.php"; ?>
<?php include "sidfot.php"; ?>
<?php include "script_section.php"; ?>
        </div>
    </body>
</html>
